// src/aws-exports.js {edited by hand}: bare keys, single quotes, comments, trailing commas.
const awsmobile = {
  aws_project_region: 'us-east-2',
  aws_cognito_region: 'us-east-2', // the pool's region
  aws_user_pools_id: 'us-east-2_HandEdit1',
  aws_user_pools_web_client_id: 'handclient',
  /* no MFA for now */
  aws_cognito_mfa_configuration: 'OFF',
  aws_cognito_signup_attributes: ['EMAIL',],
};
export default awsmobile;
